/**
 * Builds into a new folder beside the target and replaces the target only when the build
 * succeeds, so a failed build leaves the previous site as it was and nothing of its own behind.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/** Runs `build` on `${target}.building-<pid>`; on success that folder becomes `target`. Throws what `build` throws, after removing its folder. */
export async function buildThenReplace(
  target: string,
  build: (workDir: string) => Promise<void> | void,
): Promise<void> {
  const workDir = `${target}.building-${process.pid}`;
  const oldDir = `${target}.replaced-${process.pid}`;
  rmSync(workDir, { recursive: true, force: true });
  const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
  // Whatever happens (a failure, process.exit, Ctrl-C), the work folder does not outlive the build.
  process.on('exit', cleanUp);
  try {
    await build(workDir);
    if (existsSync(target)) renameSync(target, oldDir);
    renameSync(workDir, target);
    rmSync(oldDir, { recursive: true, force: true });
  } finally {
    cleanUp();
    process.off('exit', cleanUp);
  }
}
