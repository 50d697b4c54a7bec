namespace Rapport.Reports.Briefs;

/// <summary>A chart rendered to PNG, with the size it is meant to be shown at.</summary>
/// <param name="Png">The PNG file's bytes.</param>
/// <param name="PixelWidth">The bitmap's width in pixels (the chart is rendered at more than 1:1 for print).</param>
/// <param name="PixelHeight">The bitmap's height in pixels.</param>
/// <param name="WidthPoints">The chart's own width in points (1/72 inch), from its SVG size at 96 pixels per inch.</param>
/// <param name="HeightPoints">The chart's own height in points.</param>
internal sealed record RasterChart(byte[] Png, int PixelWidth, int PixelHeight, double WidthPoints, double HeightPoints);
