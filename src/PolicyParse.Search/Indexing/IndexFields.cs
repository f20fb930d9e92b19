namespace PolicyParse.Search.Indexing;

/// <summary>The field names of the index: one Lucene document per notice and one per task.</summary>
public static class IndexFields
{
    /// <summary>"notice:&lt;path&gt;" or "task:&lt;path&gt;#&lt;n&gt;".</summary>
    public const string Id = "id";
    /// <summary>"notice" or "task".</summary>
    public const string Kind = "kind";
    /// <summary>The source file's path: the identity of a notice and of its tasks.</summary>
    public const string Path = "path";
    /// <summary>
    /// What makes files one notice (<see cref="DocumentKey"/>), on a notice and its tasks: the files of one
    /// document are one hit, listed with it.
    /// </summary>
    public const string DocKey = "docKey";
    /// <summary>"true" on the documents of a file whose notice another file of the same <see cref="DocKey"/> stands for: searches skip them.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>"true" on the documents of a file that stands for a notice other files share: a hit on it lists them all.</summary>
    public const string Grouped = "grouped";
    /// <summary>Field "sha256".</summary>
    public const string Sha256 = "sha256";
    /// <summary>Field "format".</summary>
    public const string Format = "format";
    /// <summary>
    /// Everything a plain word is searched in on a notice, one field so that a word is one clause: its
    /// title, document number, issuers and body. Tasks have their own (<see cref="TaskText"/>): a notice
    /// search then reads no task's postings.
    /// </summary>
    public const string Text = "text";
    /// <summary>Everything a plain word is searched in on a task: its content, category and units.</summary>
    public const string TaskText = "taskText";
    /// <summary>The notice's title (tasks store their notice's), also searched on its own: title matches rank higher.</summary>
    public const string Title = "title";
    /// <summary>The notice's body text, stored for snippets (searched through <see cref="Text"/>).</summary>
    public const string Body = "body";
    /// <summary>Canonical document number, exact.</summary>
    public const string DocNumber = "docNumber";
    /// <summary>Issuer, exact (stored, faceted).</summary>
    public const string Issuer = "issuer";
    /// <summary>Field "issuerText".</summary>
    public const string IssuerText = "issuerText";
    /// <summary>Unit named by a task, exact (stored, faceted).</summary>
    public const string Unit = "unit";
    /// <summary>Field "unitText".</summary>
    public const string UnitText = "unitText";
    /// <summary>Field "addressees".</summary>
    public const string Addressees = "addressees";
    /// <summary>Field "docType".</summary>
    public const string DocType = "docType";
    /// <summary>Field "publishAttribute".</summary>
    public const string PublishAttribute = "publishAttribute";
    /// <summary>Signing date as yyyyMMdd, numeric (range filters) with doc values (sorting).</summary>
    public const string SignDate = "signDate";
    /// <summary>Field "taskCategory".</summary>
    public const string TaskCategory = "taskCategory";
    /// <summary>Task deadline as yyyyMMdd.</summary>
    public const string Deadline = "deadline";
    /// <summary>Field "ongoing".</summary>
    public const string Ongoing = "ongoing";
    /// <summary>The task as contract JSON, stored.</summary>
    public const string TaskJson = "taskJson";
    /// <summary>
    /// The notice as contract JSON, stored (a service shows it without reading the source file): without
    /// the text <see cref="Body"/> holds, which <see cref="BodyPieces"/> puts back.
    /// </summary>
    public const string NoticeJson = "noticeJson";
    /// <summary>
    /// The lengths of the preamble, headings and section texts in <see cref="Body"/>, stored: what makes the
    /// stored <see cref="NoticeJson"/> whole again. Absent from notices indexed with the text in their JSON.
    /// </summary>
    public const string BodyPieces = "bodyPieces";
    /// <summary>Field "noticeId".</summary>
    public const string NoticeId = "noticeId";

    /// <summary>A notice's title and inner title by their letters (<see cref="CitationKeys"/>): what a citation by title finds.</summary>
    public const string TitleKey = "titleKey";
    /// <summary>What the notice cites, each as a <see cref="CitationKeys"/> key: resolved when asked, so a notice indexed later is found.</summary>
    public const string Cites = "cites";
    /// <summary>The notice a 转发/批转 notice forwards, as <see cref="CitationKeys"/> keys (its 文号 and its title).</summary>
    public const string Forwards = "forwards";
    /// <summary>What the notice repeals or replaces, as <see cref="CitationKeys"/> keys.</summary>
    public const string Repeals = "repeals";
    /// <summary>What the notice amends, as <see cref="CitationKeys"/> keys.</summary>
    public const string Amends = "amends";
    /// <summary>施行 date as yyyyMMdd, numeric (status filter) and stored.</summary>
    public const string Effective = "effective";
    /// <summary>Last day in force as yyyyMMdd, numeric and stored.</summary>
    public const string Expires = "expires";

    /// <summary>Facet doc-values fields (SortedSet), by facet name.</summary>
    public const string FacetPrefix = "facet_";
}
