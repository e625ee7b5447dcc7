/** The revision line of a document, in the same words as the PDF's. */
import type { TFunction } from 'i18next';
import type { DocumentRevision } from '../domain/revisions/history';

export function revisionWords(revision: DocumentRevision | undefined, t: TFunction): string {
  if (revision === undefined) return t('pdf.about.revisionDraft');
  const values = { number: revision.number, date: revision.date };
  return revision.changedSince
    ? t('revisions.document.changedSince', values)
    : t('pdf.about.revisionValue', values);
}
