namespace Rapport.Model;

/// <summary>The kind of outlet a source is.</summary>
public enum SourceMedium
{
    /// <summary>Not yet known.</summary>
    Unknown,

    /// <summary>A television channel.</summary>
    Television,

    /// <summary>A news agency.</summary>
    NewsAgency,

    /// <summary>A website.</summary>
    Website,

    /// <summary>A page or channel on a social-media platform.</summary>
    SocialMedia,

    /// <summary>A newspaper or magazine.</summary>
    Print,

    /// <summary>A radio station.</summary>
    Radio,
}
