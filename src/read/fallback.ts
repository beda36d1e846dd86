/**
 * The stream reader meets something only the whole-file reader handles (a malformed quote,
 * an empty file, a text encoding other than UTF-8): the caller reads the file whole instead,
 * which reports it row by row exactly as for a small file.
 */
export class StreamFallback extends Error {}
