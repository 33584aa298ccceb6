import { SPEAKING_BAND_SECONDS } from '../../shared/coach/speaking';

function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return minutes === 0 ? `${rest} s` : `${minutes} min ${rest.toString().padStart(2, '0')} s`;
}

/** Word count and the spoken length, against the target band. */
export function SpeakingTime({ words, seconds }: { words: number; seconds: number }) {
  const verdict =
    seconds < SPEAKING_BAND_SECONDS.min
      ? 'short: add the specifics an interviewer will ask for'
      : seconds > SPEAKING_BAND_SECONDS.max
        ? 'long: trim the opening and the background'
        : 'in the target band';
  return (
    <p className="speaking-time" aria-live="polite">
      <strong>{words} words</strong> · about {formatDuration(seconds)} spoken ·{' '}
      <span className={verdict === 'in the target band' ? 'in-band' : 'out-of-band'}>{verdict}</span>{' '}
      <span className="muted">(aim for 1½ to 2½ minutes)</span>
    </p>
  );
}
