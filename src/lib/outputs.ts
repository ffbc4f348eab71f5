import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Build a whole output directory beside its destination and swap it in at the end, so that a
 * failed run leaves the previous output untouched instead of half a site.
 */
export async function replaceDirectory<T>(target: string, build: (temporary: string) => Promise<T>): Promise<T> {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.partial-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  try {
    const result = await build(temporary);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(temporary, target);
    rmSync(old, { recursive: true, force: true });
    return result;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
}
