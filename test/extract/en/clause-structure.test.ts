// English attribution v2, one row per failure class of issue 10 (clause structure, datelines,
// names with an apostrophe, modifiers that look like cues). Sentences composed for these tests;
// every failure message names its input.
import { runAttributionTable, type AttributionTable } from '../attribution-table.ts';

const TABLE: AttributionTable = {
  title: 'English clause structure',
  language: 'en',
  headline: 'A headline for the test article',
  quote: (text) => `"${text}"`,
  speakerFromText: true,
  cases: [
    { name: 'A3 subject with an apposition is not inverted', body: 'Oren Vasquez, a geologist at the county survey office, said the hillside is still moving.', expect: [{ content: 'the hillside is still moving', speaker: 'Vasquez' }] },
    { name: 'A3 description subject with an apposition', body: 'The harbour authority, long a critic of the plan, claimed that dredging costs tripled.', expect: [{ content: 'dredging costs tripled', speaker: 'harbour authority' }] },
    { name: 'A4 speaker after a quotation with an apposition', body: '"The clinic will stay open all winter," Greta Holm, the county health chief, said Monday.', expect: [{ content: 'The clinic will stay open all winter', speaker: 'Holm', direct: true }] },
    { name: 'A4 speaker after a quotation with an age', body: '"I paid every bill on time," Mr. Dorsey, 71, told reporters.', expect: [{ content: 'I paid every bill on time', speaker: 'Dorsey' }] },
    { name: 'A4 description head, name in the apposition', body: '"We will not raise the fare," the transit director, Ilse Brandvold, said on Friday.', expect: [{ content: 'We will not raise the fare', speaker: 'Brandvold' }] },
    { name: 'A6 dash aside between subject and cue', body: 'The school principal -- who has led the staff since 2011, longer than most -- told parents the gym would reopen.', expect: [{ content: 'the gym would reopen', speaker: 'principal' }] },
    { name: 'A6 coordinated relative clauses', body: 'A nurse who worked the night shift and who asked not to be identified said the ward had no heating.', expect: [{ content: 'the ward had no heating', speaker: 'nurse' }] },
    { name: 'A7 party tag before the cue', body: 'Sen. Wendell Pike (R-Neb.) said the farm bill would pass.', expect: [{ content: 'the farm bill would pass', speaker: 'Pike' }] },
    { name: 'A7 party tag after a quotation', body: '"This bill is dead," Rep. Nora Quint (D-Vt.) said after the hearing.', expect: [{ content: 'This bill is dead', speaker: 'Quint' }] },
    { name: 'A12 name with an apostrophe', body: '"The road is closed," said Chief Ronan O\'Shea.', expect: [{ content: 'The road is closed', speaker: "O'Shea" }] },
    { name: 'B5 attribution in the middle of its content', body: 'Any cut to the library budget, said council member Ruth Ekland, would close two branches.', expect: [{ content: 'would close two branches', speaker: 'Ekland' }] },
    { name: 'B1 quotation split by the attribution', body: '"We kept the shelter open all night," she said, "and nobody was turned away."', expect: [{ content: 'nobody was turned away', speaker: 'she', direct: true }, { content: 'kept the shelter open all night', speaker: 'she' }] },
    { name: 'B1 split quotation around an inverted speaker', body: '"The levy is fair," said Councillor Edda Rusk, "because every district pays the same."', expect: [{ content: 'every district pays the same', speaker: 'Rusk', direct: true }, { content: 'The levy is fair', speaker: 'Rusk' }] },
    { name: 'B1 split quotation going on after a comma', body: '"It is a scandal," he said, that the ferry still has no lifeboats.', expect: [{ content: 'the ferry still has no lifeboats', speaker: 'he' }] },
    { name: 'B2 quotation ending in a question mark', body: '"Where did the money go?" Alderman Piet Vos asked at the meeting.', expect: [{ content: 'Where did the money go', speaker: 'Vos', cueType: 'ASK' }] },
    { name: 'B2 quotation ending in an exclamation mark', body: '"We did it!" Captain Rhea Lund wrote on her blog.', expect: [{ content: 'We did it', speaker: 'Lund', notContent: 'blog' }] },
    { name: 'B3 quotation after one sentence of narration', body: '"The dam is sound," engineer Tove Berg said on Monday. She showed the inspection log. "We check it every week."', expect: [{ content: 'We check it every week', speaker: 'Berg', notContent: 'inspection log' }] },
    { name: 'B3 quotation over two paragraphs', body: '"The harvest was the worst in years," farmer Odile Marchetti said. "The hail came twice.\n\n"We will plant again in spring."', expect: [{ content: 'We will plant again in spring', speaker: 'Marchetti' }] },
    { name: 'C1 an indirect question after asked', body: 'Ms. Greer asked whether the ferry would run in winter.', expect: [{ content: 'whether the ferry would run in winter', speaker: 'Greer', cueType: 'ASK' }] },
    { name: 'A9 participle after a fronted place and date', body: 'In a school gym in Tulsa, Oklahoma, on Friday, Senator Inga Dahl defended the bill, saying it would lower rents.', expect: [{ content: 'it would lower rents', speaker: 'Dahl' }] },
    { name: 'A9 participle after an infinitive', body: 'The three agencies refused to publish the audit, saying it was still a draft.', expect: [{ content: 'it was still a draft', speaker: 'three agencies' }] },
    { name: 'A9 second predicate after a subordinate clause', body: 'Dozens of farmers waited at the gate while the regional director arrived and said the depot would reopen.', expect: [{ content: 'the depot would reopen', speaker: 'regional director' }] },
    { name: 'A9 a series of predicates after semicolons', body: 'Mr. Ferreira questioned how the port would pay for the cranes; blamed the board for the delay; and said he would resign.', expect: [{ content: 'how the port would pay for the cranes', speaker: 'Ferreira', notContent: 'blamed' }, { content: 'the board for the delay', speaker: 'Ferreira', notContent: 'resign' }, { content: 'he would resign', speaker: 'Ferreira' }] },
    { name: 'D4 coordinated cues end the first content', body: 'The governor praised the firefighters and said the highway would reopen.', expect: [{ content: 'the firefighters', speaker: 'governor', notContent: 'highway' }, { content: 'the highway would reopen', speaker: 'governor' }] },
    { name: 'Dateline never becomes the speaker', body: 'OSLO (Reuters) - Norway\'s fisheries minister Kari Lunde said on Monday the quota would be cut, adding that boats would get aid.', expect: [{ content: 'the quota would be cut', speaker: 'Lunde' }] },
  ],
  noStatements: [
    { name: 'D1 a cue participle modifying a noun', body: 'The announced layoffs were postponed by the board.' },
  ],
};

runAttributionTable(TABLE);
