namespace PolicyParse.Search.Export;

/// <summary>
/// The Elasticsearch / OpenSearch index definitions for the export. Chinese text uses the
/// analysis-smartcn plugin's analyzer (IK's ik_max_word / ik_smart are the common alternative, see the
/// README); names that are filtered or counted (document number, issuers, units, type) are keywords,
/// with a text subfield where people also search inside them.
/// </summary>
internal static class MappingDefinition
{
    public const string Json = """
{
  "policy-notices": {
    "settings": { "number_of_shards": 1, "analysis": { "analyzer": { "chinese": { "type": "smartcn" } } } },
    "mappings": {
      "dynamic": "strict",
      "properties": {
        "title":            { "type": "text", "analyzer": "chinese", "fields": { "keyword": { "type": "keyword", "ignore_above": 512 } } },
        "innerTitle":       { "type": "text", "analyzer": "chinese" },
        "docNumber":        { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "issuers":          { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "docType":          { "type": "keyword" },
        "signDate":         { "type": "date", "format": "yyyy-MM-dd" },
        "year":             { "type": "integer" },
        "publishAttribute": { "type": "keyword" },
        "addressees":       { "type": "text", "analyzer": "chinese" },
        "cc":               { "type": "text", "analyzer": "chinese" },
        "attachments":      { "type": "text", "analyzer": "chinese" },
        "headings":         { "type": "text", "analyzer": "chinese" },
        "body":             { "type": "text", "analyzer": "chinese" },
        "units":            { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "taskCount":        { "type": "integer" },
        "fileName":         { "type": "keyword" },
        "format":           { "type": "keyword" },
        "sha256":           { "type": "keyword" }
      }
    }
  },
  "policy-tasks": {
    "settings": { "number_of_shards": 1, "analysis": { "analyzer": { "chinese": { "type": "smartcn" } } } },
    "mappings": {
      "dynamic": "strict",
      "properties": {
        "noticeId":         { "type": "keyword" },
        "number":           { "type": "integer" },
        "title":            { "type": "text", "analyzer": "chinese", "fields": { "keyword": { "type": "keyword", "ignore_above": 512 } } },
        "docNumber":        { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "issuers":          { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "docType":          { "type": "keyword" },
        "signDate":         { "type": "date", "format": "yyyy-MM-dd" },
        "year":             { "type": "integer" },
        "category":         { "type": "text", "analyzer": "chinese", "fields": { "keyword": { "type": "keyword", "ignore_above": 512 } } },
        "content":          { "type": "text", "analyzer": "chinese" },
        "leadUnits":        { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "responsibleUnits": { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "units":            { "type": "keyword", "fields": { "text": { "type": "text", "analyzer": "chinese" } } },
        "deadlineText":     { "type": "keyword" },
        "deadline":         { "type": "date", "format": "yyyy-MM-dd" },
        "ongoing":          { "type": "boolean" },
        "fileName":         { "type": "keyword" },
        "format":           { "type": "keyword" },
        "sha256":           { "type": "keyword" }
      }
    }
  }
}
""";
}
