/**
 * What a status region (`role="status"`) says, and a way to say it. A screen reader reads
 * a live region out when its text changes, so the same words said twice in a row (the same
 * file downloaded again, a second press while a file is written) would be heard once and
 * then not at all. Each time the same words are said again, a no-break space is put on or
 * taken off their end: the text changes, so it is read out again, and what is seen does not.
 */
import { useCallback, useState } from 'react';

/** Put on the end of words said again: not collapsed as a space would be, and invisible. */
export const SAID_AGAIN = '\u00a0';

interface Said {
  readonly text: string;
  /** How many times in a row these words have been said, less one. */
  readonly again: number;
}

/** The region's text, then `say(words)`; `say('')` empties it. */
export function useStatusMessage(): readonly [string, (words: string) => void] {
  const [said, setSaid] = useState<Said>({ text: '', again: 0 });
  const say = useCallback((words: string) => {
    setSaid((last) => ({
      text: words,
      again: words !== '' && last.text === words ? last.again + 1 : 0,
    }));
  }, []);
  return [said.again % 2 === 1 ? `${said.text}${SAID_AGAIN}` : said.text, say];
}
