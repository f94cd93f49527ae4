import { describe, expect, it } from "vitest";
import { embedUrl, linkKind } from "./link-kind";

describe("linkKind and embedUrl", () => {
  it.each([
    [
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "video",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "YouTube watch page",
    ],
    [
      "https://youtu.be/dQw4w9WgXcQ?t=10",
      "video",
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      "short link",
    ],
    [
      "https://m.youtube.com/shorts/abcDEF12345",
      "video",
      "https://www.youtube-nocookie.com/embed/abcDEF12345",
      "shorts on mobile",
    ],
    ["https://vimeo.com/123456789", "video", "https://player.vimeo.com/video/123456789", "Vimeo"],
    ["https://example.org/campana.mp4", "video", null, "a video file plays in the page"],
    ["https://example.org/afiche.JPG?v=2", "image", null, "an image by extension, any case, with a query"],
    ["https://www.youtube.com/watch?v=<script>", "link", null, "an invalid video id is not embedded"],
    ["https://unidadsolidaria.gov.co/campana", "link", null, "any other page"],
    ["no es un enlace", "link", null, "not a URL"],
  ])("%s → %s (%s)", (url, kind, embed, _why) => {
    expect(linkKind(url)).toBe(kind);
    expect(embedUrl(url)).toBe(embed);
  });
});
