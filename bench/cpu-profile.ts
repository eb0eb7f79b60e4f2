import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

/** Profiles this process's CPU from now until `stop`, into `file` (nothing when it is undefined). */
export async function startProfile(file: string | undefined) {
  if (!file) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (err, result) => (err ? reject(err) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
