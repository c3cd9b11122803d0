import type { ReactNode } from "react";

export type ChartFrameProps = {
  /** Names the chart: the SVG's title, and the scroll region's label. */
  title: string;
  /** The chart in words, for screen readers: the SVG's desc. */
  description: string;
  /** A CSS-safe id prefix (safeId(useId())); the title and desc take `${id}-title` and `${id}-desc`. */
  id: string;
  /** The SVG's intrinsic size in px: it is drawn at that size and scrolls sideways on phones. */
  width: number;
  height: number;
  /** HTML between the scrolling chart and the caption, such as footnotes. */
  notes?: ReactNode;
  caption?: ReactNode;
  /** The SVG's content, drawn after its title and desc. */
  children: ReactNode;
};

/**
 * The figure every chart sits in: a keyboard-scrollable region holding one
 * SVG image (titled and described), then optional notes and a caption.
 */
export function ChartFrame({
  title,
  description,
  id,
  width,
  height,
  notes,
  caption,
  children,
}: ChartFrameProps) {
  return (
    <figure className="my-4">
      <div
        className="relative overflow-x-auto"
        tabIndex={0}
        role="region"
        aria-label={`${title}, chart, scrolls sideways`}
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="max-w-none"
          fontFamily="inherit"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
      </div>
      {notes}
      {caption && <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
