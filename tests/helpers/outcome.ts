/** What a call returns, or the error it throws: for comparing two ways that may both throw. */
export function outcome<T>(call: () => T): T | Error {
  try {
    return call();
  } catch (error) {
    return error as Error;
  }
}
