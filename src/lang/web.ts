/** The text ends inside a web address (`… http://www.kplus-`, `… www.osce.org/fom/37188`). */
export const endsInWebAddress = (text: string): boolean => /(?:https?:\/\/|www\.)\S+$/iu.test(text);
