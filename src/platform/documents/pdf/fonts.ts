// Tinos (Google's metric-compatible stand-in for Times New Roman, SIL OFL: embedding allowed) from
// the npm package @expo-google-fonts/tinos, so the PDF needs nothing installed on the server. The
// four styles are read once and kept: every document embeds the subset it uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

const require = createRequire(import.meta.url);
let loaded: Record<FontStyle, Buffer> | undefined;

export function tinos(): Record<FontStyle, Buffer> {
  loaded ??= {
    regular: readFileSync(require.resolve(FILES.regular)),
    bold: readFileSync(require.resolve(FILES.bold)),
    italic: readFileSync(require.resolve(FILES.italic)),
    boldItalic: readFileSync(require.resolve(FILES.boldItalic)),
  };
  return loaded;
}

export const fontStyle = (bold?: boolean, italic?: boolean): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
