/** Lower case without accents or extra spaces: how people search ("bogota" finds "Bogotá, D.C."). */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
