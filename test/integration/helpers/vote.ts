// A participant's ballot as the web UI sends it (a stateless message), and the hub's ack.
import type { VoteAck, VoteMessage } from '../../../shared/protocol/room';
import type { Client } from '../hub-helpers';

export function vote(c: Client, message: VoteMessage): Promise<VoteAck> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no vote ack')), 10_000);
    const on = ({ payload }: { payload: string }) => {
      const ack = JSON.parse(payload) as VoteAck;
      if (ack.type !== 'offsite.vote-ack') return;
      clearTimeout(timer);
      c.provider.off('stateless', on);
      resolve(ack);
    };
    c.provider.on('stateless', on);
    c.provider.sendStateless(JSON.stringify(message));
  });
}
