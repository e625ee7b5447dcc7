import { runPrice } from '../../src/cli/run-price';

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run price` in-process, capturing what it writes and its exit status. */
export async function price(argv: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runPrice(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
