/**
 * An import that cannot go on: its message says in German what is wrong and what to do, for people who
 * do not program. The command prints it and exits with a non-zero status; nothing has been written.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
