namespace Rapport.Storage;

/// <summary>What adding a document did.</summary>
public enum AddResult
{
    /// <summary>The document was new and is now stored.</summary>
    Added,

    /// <summary>A document with the same text was already stored; nothing changed.</summary>
    AlreadyPresent,
}
