/** NHS.UK tag colours for a carer flag's severity: blue to note, orange to warn, red to act on. */
import type { Severity } from '../../domain/carer-burden';
import type { TagColour } from './tag';

export const SEVERITY_COLOUR: Readonly<Record<Severity, TagColour>> = {
  notice: 'blue',
  warning: 'orange',
  serious: 'red',
};
