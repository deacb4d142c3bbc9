/**
 * « Écouter »: reads a lesson aloud, sentence by sentence, with the device's French voice
 * (Web Speech API), highlighting the sentence being read. Loaded only when the pupil presses the
 * button, so a lesson still loads no script file: the lesson page's tiny inlined script imports this
 * file by URL (built as a standalone bundle with Vite's `?worker&url`, which also keeps Vite's preload
 * helper, a second file, out of the page), and importing it starts the reading (bottom of this file). Never starts by itself; Pause, Reprendre, Arrêter and the speed are plain buttons
 * and a select, usable by keyboard. Stores nothing.
 *
 * Pause cancels the utterance and Reprendre says the current sentence again from its start: some
 * engines ignore speechSynthesis.pause(), and hearing the whole sentence again helps understanding.
 */
import { RATES, pickFrenchVoice, splitSentences, type Rate } from '../../lib/read-aloud/sentences.ts';

interface Strings {
  pause: string; resume: string; stop: string; speed: string; slow: string; normal: string; fast: string;
  reading: string; paused: string; done: string; noVoice: string; unsupported: string; onlineVoice: string;
}

interface Spoken {
  text: string;
  range: Range;
  block: HTMLElement;
}

/** Blocks read, in page order: the innermost of these (a <li> holding a <p> is read through its <p>). */
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, figcaption, th, td';
/** Never read: folded answers, sources, navigation, hidden text, the controls themselves. */
const SKIP = 'details:not([open]) > :not(summary), nav, .sources, .visually-hidden, [aria-hidden="true"], [hidden], .read-aloud, .no-read-aloud';

/** The sentences of `root`, each with the DOM range that holds it. */
export function collectSentences(roots: HTMLElement[]): Spoken[] {
  const blocks = roots.flatMap((root) => [...(root.matches(BLOCKS) ? [root] : []), ...root.querySelectorAll<HTMLElement>(BLOCKS)])
    .filter((el) => !el.closest(SKIP) && !el.querySelector(BLOCKS));
  const spoken: Spoken[] = [];
  for (const block of blocks) {
    const nodes: { node: Text; from: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest(SKIP)) continue;
      nodes.push({ node, from: text.length });
      text += node.data;
    }
    const at = (offset: number): [Text, number] => {
      const hit = [...nodes].reverse().find((n) => n.from <= offset) ?? nodes[0];
      return hit ? [hit.node, Math.min(offset - hit.from, hit.node.length)] : [block.ownerDocument.createTextNode(''), 0];
    };
    for (const sentence of splitSentences(text)) {
      const range = document.createRange();
      range.setStart(...at(sentence.start));
      range.setEnd(...at(sentence.end));
      spoken.push({ text: sentence.text, range, block });
    }
  }
  return spoken;
}

const waitForVoices = (synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> =>
  new Promise((resolve) => {
    const now = synth.getVoices();
    if (now.length > 0) return resolve(now);
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });

/** Starts reading the lesson of `container` (the .read-aloud element beside its « Écouter » button). */
export async function startReadAloud(container: HTMLElement): Promise<void> {
  const strings = JSON.parse(container.dataset['strings'] ?? '{}') as Strings;
  const status = container.querySelector<HTMLElement>('.read-aloud-status')!;
  const listen = container.querySelector<HTMLButtonElement>('.read-aloud-listen')!;
  const say = (message: string) => (status.textContent = message);

  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return void say(strings.unsupported);
  const synth = window.speechSynthesis;
  const voice = pickFrenchVoice(await waitForVoices(synth));
  if (!voice) return void say(strings.noVoice);

  const roots = (container.dataset['read'] ?? 'main').split(',').flatMap((sel) => [...document.querySelectorAll<HTMLElement>(sel)]);
  const sentences = collectSentences(roots);
  const highlights = 'highlights' in CSS ? CSS.highlights : null;
  let index = 0;
  let playing = false;
  let rate: Rate = 'normal';

  // The controls, built once; « Écouter » stays and starts again from the top.
  const controls = document.createElement('div');
  controls.className = 'read-aloud-controls';
  controls.setAttribute('role', 'group');
  controls.setAttribute('aria-label', container.dataset['label'] ?? '');
  const button = (label: string, onclick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button secondary';
    b.textContent = label;
    b.addEventListener('click', onclick);
    return b;
  };
  const pauseButton = button(strings.pause, () => (playing ? pause() : play()));
  const stopButton = button(strings.stop, () => stop(true));
  const speedLabel = document.createElement('label');
  const speed = document.createElement('select');
  for (const [value, label] of [['slow', strings.slow], ['normal', strings.normal], ['fast', strings.fast]] as const) {
    speed.add(new Option(label, value, value === 'normal', value === 'normal'));
  }
  speed.addEventListener('change', () => {
    rate = speed.value as Rate;
    if (playing) speak();
  });
  speedLabel.append(`${strings.speed} `, speed);
  controls.append(pauseButton, stopButton, speedLabel);
  container.querySelector('.read-aloud-controls')?.remove();
  container.insertBefore(controls, status);

  function mark(spoken: Spoken | undefined) {
    container.ownerDocument.querySelectorAll('.read-aloud-current').forEach((el) => el.classList.remove('read-aloud-current'));
    if (highlights) highlights.delete('read-aloud');
    if (!spoken) return;
    if (highlights) highlights.set('read-aloud', new Highlight(spoken.range));
    else spoken.block.classList.add('read-aloud-current');
    const box = spoken.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) spoken.block.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  function speak() {
    synth.cancel();
    const spoken = sentences[index];
    if (!spoken) return stop(false);
    const utterance = new SpeechSynthesisUtterance(spoken.text);
    utterance.voice = voice;
    utterance.lang = voice!.lang;
    utterance.rate = RATES[rate];
    utterance.onend = () => {
      if (!playing || sentences[index] !== spoken) return;
      index += 1;
      speak();
    };
    mark(spoken);
    synth.speak(utterance);
  }

  function play() {
    playing = true;
    pauseButton.textContent = strings.pause;
    pauseButton.setAttribute('aria-pressed', 'false');
    // Announced once, not at each sentence: a screen reader would talk over the voice.
    const reading = strings.reading.replace('{n}', String(index + 1)).replace('{total}', String(sentences.length));
    say(voice!.localService ? reading : `${strings.onlineVoice} ${reading}`);
    speak();
  }

  function pause() {
    playing = false;
    synth.cancel();
    pauseButton.textContent = strings.resume;
    pauseButton.setAttribute('aria-pressed', 'true');
    say(strings.paused);
  }

  function stop(byPupil: boolean) {
    playing = false;
    synth.cancel();
    mark(undefined);
    index = 0;
    controls.remove();
    say(byPupil ? '' : strings.done);
    listen.focus();
  }

  listen.onclick = () => {
    index = 0;
    play();
  };
  addEventListener('pagehide', () => synth.cancel());
  play();
}

// Importing this module is the press on « Écouter » (see the top of this file).
const container = document.querySelector<HTMLElement>('.read-aloud');
if (container) void startReadAloud(container);
