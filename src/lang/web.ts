const ADDRESSES = /https?:\/\/\S+|www\.\S+|\S+@\S+/gu;
const WEB_ADDRESSES = /https?:\/\/\S+|www\.\S+/gu;

/**
 * A text with its web and e-mail addresses replaced: each by spaces as long
 * as itself (`blank`, places kept) or by one space. An e-mail address is
 * looked for only in a text with an `@`: its pattern tries every run of
 * non-spaces from every start, the costliest pattern of the checks before.
 */
export function maskAddresses(text: string, by: 'blank' | 'space'): string {
  const re = text.includes('@') ? ADDRESSES : WEB_ADDRESSES;
  return by === 'blank' ? text.replace(re, (u) => ' '.repeat(u.length)) : text.replace(re, ' ');
}

/** The text opens with a web address (`https://www.osce.org/…`, `www.election.kz`). */
export const opensWithWebAddress = (text: string): boolean => /^(?:https?:\/\/|www\.)/u.test(text);

/** The text ends inside a web address (`… http://www.kplus-`, `… www.osce.org/fom/37188`, `… at http://`). */
export const endsInWebAddress = (text: string): boolean => /(?:https?:\/\/\S*|www\.\S+)$/iu.test(text);
