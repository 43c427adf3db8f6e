import { COMPILATION_LABELS } from './compilation-labels';
import { DELEGATION_REPORT_LABELS } from './delegation-report-labels';

/** Every phrase of the Word documents that names co-sponsors, in one language. */
const phrases = (language: 'fr' | 'es'): string[] => {
  const report = DELEGATION_REPORT_LABELS[language];
  return [
    COMPILATION_LABELS[language].sponsors('Perú'),
    report.cosponsored,
    report.cosponsoredCount(2),
    report.untouched('4, 7'),
  ];
};

// The documents name co-sponsors as the app and the emails do (web catalogue-wording.spec):
// « coauteurs » in French, « copatrocinadores » in Spanish, as in UN documents.
describe('the compilation and the delegation report name co-sponsors', () => {
  it('« coauteurs » in French', () => {
    expect(phrases('fr').filter((text) => !/coauteur/iu.test(text) || /parrain/iu.test(text))).toEqual([]);
  });

  it('« copatrocinadores » in Spanish', () => {
    expect(phrases('es').filter((text) => !/copatrocin/iu.test(text) || /(?<!co)patrocin/iu.test(text))).toEqual([]);
  });
});
