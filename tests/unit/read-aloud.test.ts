import { describe, expect, it } from 'vitest';
import { pickFrenchVoice, splitSentences } from '../../src/lib/read-aloud/sentences.ts';

describe('splitSentences', () => {
  it('cuts French text into sentences with their positions', () => {
    const text = 'Tu scrolles. Encore ! Pourquoi ? « Parce que c’est gratuit. » Et après…  Fin';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Tu scrolles.', 'Encore !', 'Pourquoi ?', '« Parce que c’est gratuit. »', 'Et après…', 'Fin']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps abbreviations, initials and numbers inside their sentence', () => {
    const text = 'M. Dupont a lu p. 12 un article de J. Smith, etc. en 2024. Il a 3.5 ans de retard.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['M. Dupont a lu p. 12 un article de J. Smith, etc. en 2024.', 'Il a 3.5 ans de retard.']);
  });

  it('ends a sentence at a line break and skips blank parts', () => {
    expect(splitSentences('Titre\n\n Une phrase sans point\n…').map((s) => s.text)).toEqual(['Titre', 'Une phrase sans point']);
  });
});

describe('pickFrenchVoice', () => {
  const voice = (lang: string, localService: boolean, name = lang, isDefault = false) => ({ lang, name, localService, default: isDefault });

  it('prefers a French voice that works offline, then French of France', () => {
    const online = voice('fr-FR', false, 'Google français');
    const localCa = voice('fr-CA', true, 'Amélie');
    const localFr = voice('fr-FR', true, 'Thomas');
    expect(pickFrenchVoice([voice('en-US', true, 'Alex', true), online, localCa, localFr])).toBe(localFr);
    expect(pickFrenchVoice([online, localCa])).toBe(localCa);
    expect(pickFrenchVoice([voice('en-GB', true), online])).toBe(online);
  });

  it('answers null when the device has no French voice', () => {
    expect(pickFrenchVoice([voice('en-US', true), voice('de-DE', true)])).toBeNull();
    expect(pickFrenchVoice([])).toBeNull();
  });
});
