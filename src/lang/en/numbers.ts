import type { NumberWords } from '../numbers.ts';

export const enNumbers: NumberWords = {
  // compromise reads English number words; these cover what it is not asked to (hyphenated compounds)
  cardinals: [
    [/^two$/, 2], [/^three$/, 3], [/^four$/, 4], [/^five$/, 5], [/^six$/, 6], [/^seven$/, 7], [/^eight$/, 8], [/^nine$/, 9],
    [/^ten$/, 10], [/^eleven$/, 11], [/^twelve$/, 12], [/^twenty$/, 20], [/^thirty$/, 30], [/^forty$/, 40], [/^fifty$/, 50],
    [/^hundred$/, 100], [/^twice$/, 2],
  ],
  oneInCompound: /^one$/,
  multipliers: [
    [/^(?:thousand|thousands)$/, 1e3],
    [/^(?:million|millions|mln|m)$/, 1e6],
    [/^(?:billion|billions|bn)$/, 1e9],
  ],
  ordinals: [
    [/^first$/, 1], [/^second$/, 2], [/^third$/, 3], [/^fourth$/, 4], [/^fifth$/, 5], [/^sixth$/, 6], [/^seventh$/, 7],
    [/^eighth$/, 8], [/^ninth$/, 9], [/^tenth$/, 10],
  ],
  ordinalSuffix: /^(?:st|nd|rd|th)$/,
  percent: /^(?:%|percent|per cent|pct)$/,
  currencies: [
    [/^(?:tenge|kzt)$/, 'KZT'],
    [/^(?:euros?|eur|€)$/, 'EUR'],
    [/^(?:dollars?|usd|us\$|\$)$/, 'USD'],
    [/^(?:roubles?|rubles?|rub)$/, 'RUB'],
  ],
  durations: [
    [/^(?:minutes?|mins?)$/, 'minute'],
    [/^(?:years?|year-long)$/, 'year'],
    [/^(?:months?)$/, 'month'],
    [/^(?:weeks?)$/, 'week'],
    [/^(?:days?)$/, 'day'],
    [/^(?:hours?)$/, 'hour'],
  ],
  yearWord: /^$/,
  qualifiersBefore: [
    [/(?:^|\s)(?:some|about|around|approximately|approx\.|roughly|nearly|almost|an estimated)\s*$/, 'approximately'],
    [/(?:^|\s)(?:at least|no fewer than|no less than|a minimum of)\s*$/, 'at-least'],
    [/(?:^|\s)(?:more than|over|above|in excess of|exceeding)\s*$/, 'more-than'],
    [/(?:^|\s)(?:less than|fewer than|under|below|no more than)\s*$/, 'less-than'],
    [/(?:^|\s)(?:up to|as many as)\s*$/, 'up-to'],
  ],
  qualifiersAfter: [],
  rangeWord: /^(?:[-–—]|to|and|until|till|through)$/,
  ageBefore: /(?:^|\s)aged\s*$/u,
  identifierBefore: /(?:^|[\s(«"“])(?:footnotes?|notes?|paragraphs?|para\.|paras\.|articles?|art\.|sections?|chapters?|items?|no\.|nos\.|number|#|comment|channel|tel\.?|fax|resolutions?|decisions?|decrees?)\s*$/,
  identifierAfter: /^(?:floor|street|st\.?|kanal|channel)$/,
  // 107-member, 71-strong: the number counts, the compound says what
  caseSuffix: /^(?:member|strong)$/,
  addressAfter: /^(?:street|st|avenue|ave|road|rd|boulevard|square)$/,
  citedDocument: /^(?:document|constitution|convention|covenant|code|law|declaration|charter|act|guidelines|principles)$/u,
  timeBefore: /(?:^|\s)(?:in|since|until|till|by|from|before|after|of|during)\s*$/u,
  fraction: /^(?:\p{L}+\s+(?:halves|half|thirds|quarters|fifths|sixths|tenths)|one\s+(?:third|quarter|fifth|sixth|tenth|half)|(?:a|an)\s+(?:third|quarter|fifth|sixth|tenth|half)\s+of)$/u,
  relative: /^(?:which|whom)$/u,
  partOf: /^of$/,
  percentOf: /^of$/,
  stopWords: new Set([
    'in', 'on', 'at', 'from', 'to', 'for', 'by', 'with', 'of', 'and', 'or', 'but', 'who', 'which', 'that', 'were', 'was',
    'are', 'is', 'be', 'been', 'had', 'have', 'has', 'not', 'also', 'as', 'than', 'after', 'before', 'between', 'during',
    'without', 'under', 'over', 'while', 'since', 'into', 'per', 'their', 'its', 'his', 'her', 'across', 'throughout',
    'among', 'including', 'within', 'via', 'against', 'towards', 'toward', 'upon', 'where', 'when',
  ]),
  subjectSkip: new Set(['the', 'these', 'those', 'all', 'its', 'their']),
};
