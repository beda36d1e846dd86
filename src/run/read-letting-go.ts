import { streamTable } from '../read/stream.js';

type StreamArgs = Parameters<typeof streamTable>;

/**
 * `streamTable`, its callbacks let go of when it returns. The reader's stream leaves callbacks
 * queued (process.nextTick) that hold them until this synchronous run next yields, and through
 * them everything the caller's scope holds: the evaluator, what the checks across employees
 * keep, every payroll row (about 80 MB of typed arrays alone at 10M hours rows).
 */
export function readLettingGo(
  file: string,
  onHeader: StreamArgs[1],
  onRows: StreamArgs[2],
  options?: StreamArgs[3],
): ReturnType<typeof streamTable> {
  const box: {
    onHeader?: StreamArgs[1];
    onRows?: StreamArgs[2];
    onProgress?: NonNullable<StreamArgs[3]>['onProgress'];
  } = { onHeader, onRows, onProgress: options?.onProgress };
  try {
    return streamTable(
      file,
      (h) => box.onHeader?.(h),
      (rows) => box.onRows?.(rows),
      {
        ...options,
        onProgress: box.onProgress && ((...a) => box.onProgress?.(...a)),
      },
    );
  } finally {
    box.onHeader = undefined;
    box.onRows = undefined;
    box.onProgress = undefined;
  }
}
