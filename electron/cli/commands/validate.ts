// Placeholder until the issue that owns `offsite validate` lands; replaced by the real command.
export async function run(_args: string[]): Promise<number> {
  console.error('offsite validate: not available in this build yet');
  return 2;
}
