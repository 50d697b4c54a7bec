using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Rapport.Reports.Briefs;

/// <summary>Embeds a rendered chart as a PNG image part and an inline picture that refers to it.</summary>
internal static class DocxPicture
{
    /// <summary>English Metric Units per point: DrawingML measures in EMU.</summary>
    public const long EmuPerPoint = 12700;

    /// <summary>Adds the PNG to the package and returns a run showing it at the given size.</summary>
    /// <param name="main">The main document part the image belongs to.</param>
    /// <param name="chart">The rendered chart.</param>
    /// <param name="widthPoints">The width to show it at, in points; the height keeps the aspect ratio.</param>
    /// <param name="id">A drawing id unique in the document.</param>
    /// <param name="description">Alternative text for readers who cannot see the image.</param>
    public static Run Create(MainDocumentPart main, RasterChart chart, double widthPoints, uint id, string description)
    {
        ArgumentNullException.ThrowIfNull(main);
        ArgumentNullException.ThrowIfNull(chart);
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(chart.Png, writable: false))
        {
            part.FeedData(data);
        }

        var relationship = main.GetIdOfPart(part);
        var cx = (long)Math.Round(widthPoints * EmuPerPoint);
        var cy = (long)Math.Round(widthPoints * chart.PixelHeight / chart.PixelWidth * EmuPerPoint);
        var name = $"Chart {id}";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = description },
                new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Run(new Drawing(inline));
    }
}
