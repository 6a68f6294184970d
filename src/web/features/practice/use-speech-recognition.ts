// Speaking an answer where the browser can transcribe (the Web Speech API: SpeechRecognition, or
// webkitSpeechRecognition in Chromium and Safari). Elsewhere `supported` is false and the page says
// so; typing always works. The transcript goes into the answer box, where it can be edited.
import { useCallback, useEffect, useRef, useState } from 'react';

/** The part of the Web Speech API used here (TypeScript's DOM library does not declare it). */
interface RecognitionResultList {
  length: number;
  [index: number]: { isFinal: boolean; 0: { transcript: string } };
}
interface Recognition {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  onresult: ((event: { results: RecognitionResultList }) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
type RecognitionConstructor = new () => Recognition;

export function speechRecognitionConstructor(): RecognitionConstructor | undefined {
  if (typeof window === 'undefined') return undefined;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

const ERRORS: Record<string, string> = {
  'not-allowed': 'The browser was not allowed to use the microphone. Allow it in the site settings, or type your answer.',
  'service-not-allowed': 'Speech recognition is turned off in this browser. Type your answer instead.',
  'audio-capture': 'No microphone was found. Type your answer instead.',
  network: 'Speech recognition needs a network connection in this browser. Type your answer instead.',
};

/**
 * `start(base)` listens and calls `onText(base + transcript)` as words arrive (interim words
 * included, replaced as they settle); `stop()` ends it. The caller owns the text.
 */
export function useSpeechRecognition(onText: (text: string) => void) {
  const [supported] = useState(() => speechRecognitionConstructor() !== undefined);
  const [listening, setListening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const latest = useRef(onText);
  latest.current = onText;

  const stop = useCallback(() => recognition.current?.stop(), []);

  const start = useCallback((base: string) => {
    const Ctor = speechRecognitionConstructor();
    if (!Ctor || recognition.current) return;
    const rec = new Ctor();
    rec.continuous = true;
    rec.interimResults = true;
    rec.lang = navigator.language || 'en-US';
    const prefix = base && !/\s$/.test(base) ? `${base} ` : base;
    rec.onresult = (event) => {
      // The list holds every phrase of this session: rebuilt whole, so a phrase that settles
      // replaces its interim words instead of repeating them.
      let spoken = '';
      for (let i = 0; i < event.results.length; i++) spoken += event.results[i]![0].transcript;
      latest.current((prefix + spoken.trimStart()).replace(/ {2,}/g, ' '));
    };
    rec.onerror = (event) => {
      // "no-speech" and "aborted" end a quiet or stopped session; they are not failures.
      if (event.error !== 'no-speech' && event.error !== 'aborted') setError(ERRORS[event.error] ?? `Speech recognition stopped (${event.error}). Type your answer instead.`);
    };
    rec.onend = () => {
      recognition.current = null;
      setListening(false);
    };
    setError(null);
    recognition.current = rec;
    try {
      rec.start();
      setListening(true);
    } catch {
      recognition.current = null;
      setError('Speech recognition could not start. Type your answer instead.');
    }
  }, []);

  // Leaving the page stops the microphone.
  useEffect(() => () => recognition.current?.abort(), []);

  return { supported, listening, error, start, stop };
}
