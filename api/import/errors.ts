/** Errors of the import pipeline that stop a whole file, with where in the file they were found. */

/** A problem with the file as a whole (encoding, quoting, header, size): nothing is imported. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  readonly line: number | null;
  readonly column: string | null;
  readonly value: string | null;
  constructor(
    message: string,
    where: { line?: number | null; column?: string | null; value?: string | null } = {},
  ) {
    super(message);
    this.line = where.line ?? null;
    this.column = where.column ?? null;
    this.value = where.value ?? null;
  }
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The upload went past the configured size limit. */
export class UploadTooLargeError extends ImportFileError {
  override name = 'UploadTooLargeError';
  constructor(readonly limitBytes: number) {
    super(
      `The file is larger than the limit of ${formatBytes(limitBytes)}. Split it into smaller files, or ask your administrator to raise MAX_UPLOAD_MB.`,
    );
  }
}

/** A request the import cannot start (unknown kind, missing dataset name, illustrative dataset). */
export class ImportRequestError extends Error {
  override name = 'ImportRequestError';
}

export const IMPORT_DISABLED_MESSAGE =
  'Importing data is turned off on this server. An administrator can turn it on with IMPORT_ENABLED=true.';
