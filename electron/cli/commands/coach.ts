// Placeholder until the issue that owns `offsite coach` lands; replaced by the real command.
export async function run(_args: string[]): Promise<number> {
  console.error('offsite coach: not available in this build yet');
  return 2;
}
