// Synthetic article text for the extraction benchmark and the large-input tests: sentences written
// for this project (never the shared corpus), cycling through attribution patterns and names.
const AR_PEOPLE = ['فلاديمير بوتين', 'دونالد ترامب', 'سيرغي لافروف', 'رجب طيب أردوغان', 'عادل الجبير', 'جون كيري'];
const AR_SENTENCES = [
  (p: string) => `قال ${p} يوم السبت إن المحادثات مع الجانب الآخر كانت بناءة ومفيدة.`,
  (p: string) => `وأضاف ${p} أن «الحوار هو الطريق الوحيد للخروج من الأزمة الحالية».`,
  () => 'وشدد على أن بلاده لن تقبل بأي تدخل خارجي في شؤونها، مشيرا إلى أن الحل سياسي.',
  () => 'ونقلت وكالة رويترز عن مصدر دبلوماسي قوله إن الاجتماع المقبل سيعقد في جنيف.',
  () => 'وارتفعت أسعار النفط خلال تعاملات الأسبوع الماضي بنسبة طفيفة، بحسب وكالة فرانس برس.',
  (p: string) => `وكان ${p} قد أعلن أمس أن الوفد سيزور موسكو الأسبوع المقبل.`,
  () => 'وتعرض الاتفاق لانتقادات شديدة من المعارضة، الأمر الذي نفاه المتحدث باسم الحكومة.',
  () => 'ويشير ذلك إلى تغيير كبير في السياسة الإقليمية خلال الأشهر المقبلة.',
];
const EN_PEOPLE = ['Vladimir Putin', 'Donald Trump', 'Hillary Clinton', 'John Kerry', 'Xi Jinping', 'Angela Merkel'];
const EN_SENTENCES = [
  (p: string) => `${p} said on Saturday that the talks with the other side had been constructive.`,
  (p: string) => `"Dialogue is the only way out of this crisis," ${p} added.`,
  () => 'He stressed that his country would not accept any outside interference, noting that the solution was political.',
  () => 'A diplomatic source told Reuters that the next meeting would be held in Geneva.',
  () => 'Oil prices rose slightly last week, according to Agence France-Presse.',
  (p: string) => `${p} had announced on Friday that the delegation would visit Moscow next week.`,
  () => 'Critics accused the government of rushing the deal, a charge the White House denied.',
  () => 'The move marks a major shift in regional policy over the coming months.',
];

/** About `bytes` of UTF-8 article text: a title, then paragraphs of the sentences above. */
export function syntheticText(language: 'ar' | 'en', bytes: number): string {
  const people = language === 'ar' ? AR_PEOPLE : EN_PEOPLE;
  const sentences = language === 'ar' ? AR_SENTENCES : EN_SENTENCES;
  const parts: string[] = [language === 'ar' ? 'عنوان تجريبي للقياس - موقع\n\n' : 'A benchmark headline - Site\n\n'];
  let size = Buffer.byteLength(parts[0]!);
  for (let n = 0; size < bytes; n++) {
    // A number in each sentence keeps them distinct (identical statements are deduplicated).
    const sentence = sentences[n % sentences.length]!(people[(n * 7) % people.length]!).replace(/([.»"])$/, ` ${n}$1`);
    const piece = n % 4 === 3 ? `${sentence}\n` : `${sentence} `;
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return parts.join('');
}

