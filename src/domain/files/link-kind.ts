// What a pasted link shows on the projector: a video (YouTube, Vimeo or a video file), an image, or a page.

export type LinkKind = "video" | "image" | "link";

const YOUTUBE_ID = /^[\w-]{6,20}$/;

export function linkKind(url: string): LinkKind {
  if (embedUrl(url) !== null || /\.(mp4|webm|ogv)(\?|#|$)/i.test(url)) return "video";
  if (/\.(png|jpe?g|webp|gif|svg)(\?|#|$)/i.test(url)) return "image";
  return "link";
}

/** The embeddable player address of a YouTube or Vimeo link; null for anything else. */
export function embedUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.replace(/^(www\.|m\.)/, "");
  let youtube: string | null = null;
  if (host === "youtu.be") youtube = parsed.pathname.slice(1);
  else if (host === "youtube.com" && parsed.pathname === "/watch") youtube = parsed.searchParams.get("v");
  else if (host === "youtube.com" && /^\/(embed|shorts|live)\//.test(parsed.pathname))
    youtube = parsed.pathname.split("/")[2] ?? null;
  if (youtube && YOUTUBE_ID.test(youtube)) return `https://www.youtube-nocookie.com/embed/${youtube}`;
  const vimeo = host === "vimeo.com" ? /^\/(\d+)/.exec(parsed.pathname)?.[1] : undefined;
  if (vimeo) return `https://player.vimeo.com/video/${vimeo}`;
  return null;
}
