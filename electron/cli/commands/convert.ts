// Placeholder until the issue that owns `offsite convert` lands; replaced by the real command.
export async function run(_args: string[]): Promise<number> {
  console.error('offsite convert: not available in this build yet');
  return 2;
}
