// What the search's reasons and explanations say, as catalogue messages (packages/contracts,
// `messages/`): the code and its parameters, the local days and times of the instants named, so the
// web (and a problem+json) writes them in the reader's language.
import type { Message } from '@lotsa/contracts';

export { localAt } from '../../../lib/time.ts';
export type { Message };
