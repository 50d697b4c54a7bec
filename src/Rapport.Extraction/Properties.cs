using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Rapport.Extraction.Tests")]
