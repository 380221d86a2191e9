import { describe, expect, it } from 'vitest';
import { headingLevel, sectionKey } from '../../src/structure/headings.ts';
import { resources } from '../../src/lang/index.ts';
import type { Lang } from '../../src/schema/index.ts';

const cases: Array<[Lang, string, string | null]> = [
  ['en', 'Background', 'background'],
  ['en', 'Electoral System and Legal Framework', 'legal-framework'],
  ['en', 'Election Administration', 'election-administration'],
  ['en', 'Voter Registration', 'voter-registration'],
  ['en', 'Candidate Registration', 'candidate-registration'],
  ['en', 'Election Campaign', 'campaign'],
  ['en', 'Media', 'media'],
  ['en', 'Complaints and Appeals', 'complaints-appeals'],
  ['en', 'Participation of Women', 'women'],
  ['en', 'Participation of National Minorities', 'minorities'],
  ['en', 'Citizen and International Observers', 'observers'],
  ['en', 'Election Day', 'election-day'],
  ['en', 'MISSION INFORMATION AND ACKNOWLEDGEMENTS', 'mission-information'],
  ['en', 'Media Environment', 'media'],
  ['en', 'Political Context', 'background'],
  ['ru', 'Вводная информация', 'background'],
  ['ru', 'Избирательная система и правовая база', 'legal-framework'],
  ['ru', 'Избирательные комиссии', 'election-administration'],
  ['ru', 'Регистрация избирателей', 'voter-registration'],
  ['ru', 'Регистрация партий и кандидатов', 'candidate-registration'],
  ['ru', 'Ситуация с СМИ', 'media'],
  ['ru', 'Средства массовой информации', 'media'],
  ['ru', 'Жалобы и апелляции', 'complaints-appeals'],
  ['ru', 'Участие национальных меньшинств', 'minorities'],
  ['ru', 'День выборов', 'election-day'],
  ['ru', 'ПРЕДВАРИТЕЛЬНЫЕ ЗАКЛЮЧЕНИЯ', 'preliminary-conclusions'],
  ['kk', 'Жалпы мәлімет', 'background'],
  ['kk', 'Сайлау әкімшілігі', 'election-administration'],
  ['kk', 'Сайлаушыларды тіркеу', 'voter-registration'],
  ['kk', 'Бұқаралық ақпарат құралдары', 'media'],
  ['kk', 'Сайлау күні', 'election-day'],
  ['kk', 'Сайлау науқаны', 'campaign'],
  ['kk', 'АЛДЫН АЛА ҚОРЫТЫНДЫЛАР', 'preliminary-findings'],
  ['en', 'Acknowledgements of the weather', 'mission-information'],
  ['en', 'Something Else Entirely', null],
];

describe('sectionKey', () => {
  it.each(cases)('%s: %s → %s', (lang, heading, key) => expect(sectionKey(heading, resources(lang))).toBe(key));
});

describe('headingLevel', () => {
  it('all capitals is a part, a part key is a part, the rest are sections', () => {
    expect(headingLevel('PRELIMINARY FINDINGS', 'preliminary-findings')).toBe(1);
    expect(headingLevel('Информация о Миссии выражение благодарности', 'mission-information')).toBe(1);
    expect(headingLevel('Media', 'media')).toBe(2);
    expect(headingLevel('1. Background', 'background')).toBe(2);
  });
});
