/**
 * Where a command writes, and the exit statuses every command shares: apart from any one
 * command, so the pricing command can hand over to compare and caseload without an
 * import cycle.
 */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_FAULT = 2;
