/** Why something was refused, in Vietnamese with its English gloss: validator issues and URL checks share it. */
export interface Reason {
  vi: string;
  en: string;
}
