import type { LangResources } from '../resources.ts';
import { kkNumbers } from './numbers.ts';

export const kk: LangResources = {
  lang: 'kk',
  franc: 'kaz',
  headings: [
    { key: 'summary', pattern: /қысқаша мазмұн|түйіндеме/ },
    { key: 'preliminary-conclusions', pattern: /алдын ала тұжырым/ },
    { key: 'preliminary-findings', pattern: /алдын ала қорытынды/ },
    { key: 'recommendations', pattern: /ұсынымдар/ },
    { key: 'mission-information', pattern: /миссия туралы|алғыс/ },
    { key: 'background', pattern: /жалпы мәлімет|алғышарт|саяси (ахуал|жағдай)|^кіріспе/ },
    { key: 'election-day', pattern: /сайлау күні|дауыс беру күні/ },
    { key: 'voter-registration', pattern: /сайлаушыларды тіркеу|сайлаушылар тізім/ },
    { key: 'candidate-registration', pattern: /кандидаттарды тіркеу|партияларды тіркеу|кандидаттарды ұсыну/ },
    { key: 'legal-framework', pattern: /құқықтық (негіз|база)|заңнамалық|сайлау жүйесі/ },
    { key: 'election-administration', pattern: /сайлау әкімшілігі|сайлау комиссия|сайлауды ұйымдастыру/ },
    { key: 'campaign-finance', pattern: /қаржыландыру/ },
    { key: 'campaign', pattern: /науқан|үгіт/ },
    { key: 'media', pattern: /бұқаралық ақпарат|(?:^|\s)бақ(?:\s|$)|медиа/ },
    { key: 'complaints-appeals', pattern: /шағым|өтініш|дау/ },
    { key: 'women', pattern: /әйел|гендер/ },
    { key: 'minorities', pattern: /азшылық/ },
    { key: 'observers', pattern: /байқаушы/ },
    { key: 'results', pattern: /дауыстарды санау|нәтижелерді (анықтау|шығару)|сайлау нәтиже/ },
  ],
  abbreviations: ['ж', 'жж', 'б', 'бб', 'мыс', 'қ', 'көш', 'тел', 'сағ', 'обл', 'т', 'д', 'үй', 'қар'],
  sentenceFinalAbbreviations: ['т.б', 'т.с.с', 'млн', 'млрд', 'мың'],
  pageLabel: /(?:^|\s)(?:бет:?\s*\d+|\d+[-\s]бет)(?:\s*(?:\/)\s*\d+)?\s*$/i,
  months: [
    ['қаңтар'],
    ['ақпан'],
    ['наурыз'],
    ['сәуір'],
    ['мамыр'],
    ['маусым'],
    ['шілде'],
    ['тамыз'],
    ['қыркүйек'],
    ['қазан'],
    ['қараша'],
    ['желтоқсан'],
  ],
  // (not `бейне`, `теле`, `радио`: Kazakh writes them joined to the word, `бейнебақылау`, `телеарна`)
  compoundPrefixes: ['веб', 'интернет', 'медиа', 'социал', 'вице', 'экс', 'бизнес', 'пресс', 'онлайн', 'ақпараттық', 'қоғамдық', 'әлеуметтік', 'саяси'],
  keepLineEndHyphen: true,
  // plural, case, possessive and common derivational and verbal suffixes, chained; a line-end fragment
  // made of nothing else (`…-лардың`, `…-ғаннан`) is the rest of a broken word, not the second word of a
  // pair; nor is one that starts with ң, р or л, which Kazakh words do not start with
  suffixesOnly:
    /^(?:[ңрл]\p{L}*|(?:ла|ле|ма|ме|ба|бе|па|пе|лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|сы|сі|ған|ген|қан|кен|ушы|уші|шы|ші|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі|ым|ім|ың|ің|мыз|міз|сыз|сіз|атын|етін|йтын|йтін|ғандық|гендік|ы|і|н)+)$/u,
  // endings a name takes (Қазақстан-ның, Парламент-ке, Сенат-тағы), chained
  nameEndings: ['лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'да', 'де', 'та', 'те', 'нда', 'нде', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'мен', 'бен', 'пен', 'ғы', 'гі', 'қы', 'кі', 'сы', 'сі', 'ы', 'і'],
  hyphenatedForms: [/^\p{L}+-(?:ақ|ау|мыс|міс)$/u],
  hyphenPrefixes: ['веб', 'вице', 'экс', 'пресс'],
  compoundSuffixes: ['ақ', 'ау', 'ші', 'шы', 'мыс', 'міс'],
  officialStatement: /(ағылшын|орыс|қазақ)\s+тіліндегі\s+нұсқа\S*\s+(?:ғана\s+)?ресми/i,
  languageNames: [
    ['ағылшын', 'en'],
    ['орыс', 'ru'],
    ['қазақ', 'kk'],
  ],
  crossReference: /(\d+)\s*[-–]?\s*ескертпе\S*\s+қараңыз/giu,
  statementVocabulary: /(?:ЕҚЫҰ|ДИАБ|сайлау\S*|байқаушы\S*)/giu,
  numbers: kkNumbers,
  numberFormat: { decimal: ',', group: ' ' },
  dateline: /^(\S[^,]{1,40}),\s+(\d{4})\s+ж(?:ылғы|\.)\s+(\d{1,2})\s+(\S+)/u,
  datelineOrder: { day: 3, month: 4, year: 2 },
  titleWords: /(?:есеп|есебі|мәлімдеме)/iu,
  documentKinds: [
    ['needs-assessment', /қажеттілік\p{L}*\s+бағала/iu],
    ['interim-report', /аралық/iu],
    ['preliminary-statement', /алдын\s+ала/iu],
    ['final-report', /(?:қорытынды|түпкілікті|соңғы)\s+есеб?/iu],
  ],
};
