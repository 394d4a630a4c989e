// Messages between a benchmark and the child processes it forks (servers, client groups).
import type { ChildProcess } from 'node:child_process';

/** The child's next message of `type`; rejects if it exits first or takes over `ms`. */
export function reply<T>(child: ChildProcess, type: string, ms = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', on);
      child.off('exit', exited);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`child process: no "${type}" in ${ms} ms`));
    }, ms);
    const exited = (code: number | null) => {
      done();
      reject(new Error(`child process exited (${code}) before "${type}"`));
    };
    const on = (m: { type: string }) => {
      if (m.type !== type) return;
      done();
      resolve(m as T);
    };
    child.on('message', on);
    child.once('exit', exited);
  });
}
