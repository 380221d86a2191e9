/**
 * A small trilingual lexicon of the vocabulary election-observation
 * statements are written in, for the aligner: which concepts a sentence
 * speaks of, whatever its language. Each row is one concept; each cell the
 * beginnings of the words that express it in that language, comma-separated
 * (a beginning matches every inflected and derived form: `избира` for
 * избиратель, избирательный, избирательной). Written from general knowledge of
 * the three languages, not from any one statement.
 */
export const LEXICON = `
en	ru	kk
elect	выбор,избира,избирательн,избран	сайла
vote,voting	голос	дауыс
voter	избирател	сайлаушы
ballot	бюллетен	бюллетен
turnout	явк	келу,қатыс
polling station,precinct	участ	учаске
candida	кандидат	кандидат
party,parties	парти	партия,партиял
parliament	парламент	парламент
deput	депутат	депутат
seat,mandate	мест,мандат	орын,мандат
commission	комисси	комисси
observ,monitor	наблюд,мониторинг	байқа,бақыла,мониторинг
mission	мисси	миссия
media,press,journalis	сми,пресс,журналист	бақ,баспасөз,журналист
television,tv,broadcast	телевид,телекан,эфир,вещан	теледид,телеарна,эфир,хабар тарат
radio	радио	радио
newspaper	газет	газет
internet,online,website,web	интернет,онлайн,сайт,веб	интернет,онлайн,сайт,веб
blog	блог	блог
campaign	кампани,агитац	науқан,үгіт
advertis	реклам	жарнам
debate	дебат	дебат,пікірталас
complain	жалоб	шағым
appeal	апелляц,обжалов	апелляц,шағымдан
court,judge,judicial	суд,судь,судеб	сот
law,legal,legislat	закон,правов,законодат	заң
constitution	конституц	конституц
amendment	поправ	түзету,өзгеріс
=right,=rights	=права,=право,=прав,=правам,=правами,=правах	құқ
freedom	свобод	бостанд,еркінд
assembl	собран	жиналыс,жиын
expression	выражени	сөз бостандығы,пікір
government	правительств	үкімет
authorit	власт,орган	билік,орган
president	президент	президент
=state,=states	государств	мемлекет
region,oblast	регион,област	аймақ,облыс
city,town	город	қала
district	район,округ	аудан,округ
local	местн	жергілікті
national	национальн,общенационал	ұлттық,жалпыұлттық
international	международн	халықаралық
democra	демократ	демократ
opposition	оппозиц	оппозиц
women,woman	женщин	әйел
=men	мужчин	ер адам
citizen	граждан	азамат
population,people	населен,народ	халық
registr	регистр	тіркеу,тірке
deregistr	отмен,снят	тіркеуден шығар,күшін жою
list	спис	тізім
nominat	выдвиж	ұсын
signature	подпис	қол
deposit	залог,взнос	кепіл
=funds,=fund,financ	финанс	қаржы
expend,spend	расход	шығыс,шығын
tabulat,result	результат,итог	нәтиже,қорытынды
protocol	протокол	хаттама
fraud,irregularit,violation	нарушен,фальсиф	бұзу,бұзушылық,заңсыз
stuffing	вброс	салу,тастау
secret	тайн	құпия
transparen	прозрачн	ашық,айқын
independen	независим	тәуелсіз
impartial	беспристраст	бейтарап
confidence,trust	довери	сенім
pressure,intimidat	давлени,запугив	қысым,қорқыт
threat	угроз	қауіп
arrest,detain	арест,задерж	қамау,ұстау
prosecut	прокурат,прокурор	прокуратура,прокурор
police	полиц	полиция
minist	министр	министр
official	официальн,должностн	ресми,лауазым
staff,employee	сотрудник,работник	қызметкер
member	член	мүше
chair	председател	төраға
secretar	секретар	хатшы
=head,leader	глав,руковод,лидер	басшы,жетекші,көшбасшы
represent	представ	өкіл
delegat	делегац	делегация
expert	эксперт	сарапшы
long-term	долгосрочн	ұзақ мерзімді
short-term	краткосрочн	қысқа мерзімді
procedure	процедур	рәсім,процедура
process	процесс	процес
administ	администр,организ	ұйымдастыр,әкімшілік
preparat	подготов	дайынды
technical	техническ	техникалық
=day,=days	=день,=дня,=дней,=дням,=днях,сут	күн
week	недел	апта
month	месяц	ай
=year,=years	=год,=года,=году,=годом,=лет	жыл
hour	час	сағат
=time,=times	врем	уақыт
deadline,timeframe	срок	мерзім
period	период	кезең
early	досрочн,рано	мерзімінен бұрын,ерте
final	окончательн,итогов	соңғы,түпкілікті
preliminar	предварительн	алдын ала
statement	заявлени	мәлімдеме
report	доклад,отчет,сообщ	баяндама,есеп,хабарла
recommend	рекомендац	ұсыным
commitment	обязательств	міндеттеме
standard	стандарт	стандарт
principle	принцип	қағида,принцип
requirement	требован	талап
restrict,limit	огранич	шекте
exclu	исключ	шығар,алып тастау
suspen	приостанов	тоқтат
ban,prohibit	запрет	тыйым
allow,permit	разреш,позвол	рұқсат
require	треб	талап ет
decision,decide	решени,реш	шешім,шеш
adopt	принят	қабылда
propos	предлож	ұсын
consider,review	рассмотр,пересмотр	қарау,қарал
receiv	получ	ал
submit,=filed,lodg	подан,пода	берілді,берді
accredit	аккредит	аккредит
deploy	размещ,развер	орналас
visit	посещ,посет	барды,бару
meet,meeting	встреч	кездес
inform	информ	ақпарат
educat	просвещ,обуч	ағарту,оқыт
language	язык	тіл
kazakh	казах	қазақ
russian	русск,росси	орыс,ресей
english	англ	ағылшын
translat	перевод	аударма
ethnic	этническ	этникалық,ұлт
religio	религ	дін
econom	экономич	экономика
social	социальн	әлеуметтік
develop	развит	дамыт,даму
crisis	кризис	дағдарыс
emergency	чрезвычайн	төтенше
event	событ	оқиға
situation	ситуац,положени	жағдай
violence	насили	зорлық
strike	забастов	ереуіл
oil	нефт	мұнай
worker	рабоч	жұмысшы
protest,demonstrat	протест,демонстрац	наразылық,шеру
public	обществен,публичн	қоғам,жария
society,civil	обществ,гражданск	қоғам,азаматтық
organization,=ngo,=ngos	организац,=нпо	ұйым,=үеұ
group	групп	топ
association	ассоциац,объединен	қауымдастық,бірлестік
institution	институт,учрежден	институт,мекеме
office	бюро,офис,кабинет	бюро,кеңсе
assembly	ассамбле	ассамблея
council	совет	кеңес
committee	комитет	комитет
senat	сенат	сенат
majilis,mazhilis	мажилис	мәжіліс
maslikhat	маслихат	мәслихат
akim	аким	әкім
count,counting	подсчет	санау
channel	канал	арна
airtime	эфирн	эфир уақыт
coverage	освещ	жария,қамту
news	новост	жаңалық
editor	редак	редак
owner	владел,собствен	иесі,меншік
critic	критик	сын
positive	положительн,позитив	оң
negative	отрицательн,негатив	теріс
equal	равн	тең
fair	справедлив,честн	әділ
genuine	подлинн	шынайы
pluralis	плюрализ	плюрализм
competit	конкурен,состязат	бәсеке
choice	выбор	таңда
alternative	альтернатив	балама
signific	значител,существен	елеулі,айтарлықтай
majority	большинств	көпшілі
minority	меньшинств	азшылық
=few,=some,several	нескольк,некотор	бірнеше,кейбір
=all,every	=все,=всех,=всем,кажд	барлық,=әр
=many	много	көптеген
=only	=только	=тек
=also	=также	сондай-ақ,сонымен қатар
however	однако	алайда,бірақ
despite	несмотря	қарамастан
although	хотя	дегенмен,болса да
because	поскольку,так как,из-за	себебі,өйткені
therefore	поэтому	сондықтан
=not,=no	=не,=нет	=емес,=жоқ
cannot,unable	не мог,невозмож	алмады,мүмкін емес
generally	в целом,как правило	жалпы
overall	в целом	жалпы алғанда
respect	уважени,соблюд	құрмет,сақта
concern	обеспокоен,озабочен	алаңдаушылық,алаңда
regret	сожал	өкін
welcome	приветств	құптай,қолдай
=noted,=notes,=note	отмет	атап
=stated,declared	заяв	мәлімде
cite,quot	цитир	дәйексөз
refer	ссыл	сілтеме
footnote	сноск	ескерт
paragraph	пункт	тармақ
article	стать	бап
code	кодекс	кодекс
document	документ	құжат
copenhagen	копенгаген	копенгаген
budapest	будапешт	будапешт
united nations,=un	=оон	=бұұ
europe	европ	еуропа
osce	обсе	еқыұ
odihr	бдипч	диаб
pace	пасе	екпа
=tel,telephone,phone	=тел,телефон	=тел,телефон
fax	факс	факс
e-mail,email	электронн,e-mail	электронды,e-mail
address	адрес	мекенжай
street	улиц,=ул	көше
floor	этаж	қабат
`;

export interface LexiconEntry {
  id: number;
  /** beginnings of words, by language */
  stems: Record<'en' | 'ru' | 'kk', string[]>;
}

/** The lexicon as entries. */
export function lexiconEntries(tsv: string = LEXICON): LexiconEntry[] {
  const [header, ...rows] = tsv.trim().split('\n');
  const cols = header!.split('\t') as Array<'en' | 'ru' | 'kk'>;
  return rows.map((row, id) => {
    const cells = row.split('\t');
    const stems = Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean)])) as LexiconEntry['stems'];
    return { id, stems };
  });
}

/**
 * Whether a word (lower case) is a form of a lexicon beginning: `=word` is
 * the word itself; a short beginning takes only short endings (`прав` is
 * права, правами, not правительство).
 */
export function stemMatches(stem: string, word: string): boolean {
  if (stem.startsWith('=')) return word === stem.slice(1);
  if (!word.startsWith(stem)) return false;
  const rest = word.length - stem.length;
  return stem.length <= 4 ? rest <= 3 : stem.length <= 6 ? rest <= 7 : true;
}

/** Finds the concepts of the lexicon a text speaks of, in one language. */
export class LexiconIndex {
  /** entries by the first two letters of their first word, for a quick look-up */
  private readonly byStart = new Map<string, Array<{ id: number; words: string[] }>>();

  constructor(entries: LexiconEntry[], lang: 'en' | 'ru' | 'kk') {
    for (const e of entries) {
      for (const stem of e.stems[lang]) {
        const words = stem.split(/\s+/);
        const key = words[0]!.replace(/^=/, '').slice(0, 2);
        this.byStart.set(key, [...(this.byStart.get(key) ?? []), { id: e.id, words }]);
      }
    }
  }

  concepts(text: string): Set<number> {
    const tokens = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    const out = new Set<number>();
    tokens.forEach((t, i) => {
      for (const c of this.byStart.get(t.slice(0, 2)) ?? []) {
        if (out.has(c.id)) continue;
        if (c.words.every((w, k) => tokens[i + k] !== undefined && stemMatches(w, tokens[i + k]!))) out.add(c.id);
      }
    });
    return out;
  }
}

const indexes = new Map<string, LexiconIndex>();
/** The lexicon's index for a language, built once. */
export function lexiconIndex(lang: 'en' | 'ru' | 'kk'): LexiconIndex {
  if (!indexes.has(lang)) indexes.set(lang, new LexiconIndex(lexiconEntries(), lang));
  return indexes.get(lang)!;
}
