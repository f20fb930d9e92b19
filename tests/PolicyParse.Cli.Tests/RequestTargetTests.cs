using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PolicyParse.Cli.Serve;

namespace PolicyParse.Cli.Tests;

/// <summary>
/// Request lines Kestrel would refuse before the app (raw UTF-8 or GBK bytes, a NUL, control characters)
/// reach the service repaired or rerouted, so every answer is the service's own: JSON, with its headers.
/// </summary>
public sealed class RequestTargetTests : IClassFixture<SearchServiceFixture>
{
    private readonly Uri _base;

    public RequestTargetTests(SearchServiceFixture service) => _base = service.Client.BaseAddress!;

    /// <summary>Sends bytes as they are on one connection and returns the responses' status lines, headers and bodies, raw.</summary>
    private async Task<string> Send(byte[] requests)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_base.Host, _base.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(requests);
        var response = new MemoryStream();
        await stream.CopyToAsync(response).WaitAsync(TimeSpan.FromSeconds(30));
        return Encoding.UTF8.GetString(response.ToArray());
    }

    private static byte[] Get(byte[] target, bool close = true) =>
        [.. "GET "u8.ToArray(), .. target, .. Encoding.ASCII.GetBytes($" HTTP/1.1\r\nHost: test\r\n{(close ? "Connection: close\r\n" : "")}\r\n")];

    private static (string Status, string Headers, JsonNode Body) One(string response)
    {
        int end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = response[..end];
        var body = response[(end + 4)..];
        if (head.Contains("Transfer-Encoding: chunked")) // one chunk: "len\r\n…\r\n0\r\n\r\n"
            body = body[(body.IndexOf("\r\n", StringComparison.Ordinal) + 2)..body.LastIndexOf("\r\n0\r\n", StringComparison.Ordinal)];
        return (head[..head.IndexOf("\r\n", StringComparison.Ordinal)], head, JsonNode.Parse(body)!);
    }

    [Fact]
    public async Task Raw_utf8_in_the_query_is_searched_as_if_percent_encoded()
    {
        var (status, headers, body) = One(await Send(Get(Encoding.UTF8.GetBytes("/api/search?q=政务公开&size=1"))));
        Assert.Equal("HTTP/1.1 200 OK", status);
        Assert.Contains("X-Content-Type-Options: nosniff", headers);
        Assert.True((int)body["total"]! > 0);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xD5, 0xFE, 0xCE, 0xF1 })] // 政务 in GBK
    public async Task A_query_that_is_not_utf8_gets_a_json_400_that_says_so(byte[] query)
    {
        var (status, headers, body) = One(await Send(Get([.. "/api/search?q="u8.ToArray(), .. query])));
        Assert.Equal("HTTP/1.1 400 Bad Request", status);
        Assert.Contains("X-Content-Type-Options: nosniff", headers);
        Assert.Contains("not UTF-8", (string)body["error"]!);
    }

    [Theory]
    [InlineData("/api/notices/%00")]
    [InlineData("/api/notices/a\u007fb")]
    [InlineData("/api/search?q=a\u0001b")]
    public async Task A_nul_or_control_character_gets_a_json_400_not_the_servers_empty_one(string target)
    {
        var (status, headers, body) = One(await Send(Get(Encoding.ASCII.GetBytes(target))));
        Assert.Equal("HTTP/1.1 400 Bad Request", status);
        Assert.Contains("Content-Security-Policy:", headers);
        Assert.Contains("NUL or a control character", (string)body["error"]!);
    }

    [Fact]
    public async Task A_request_line_over_the_servers_limit_gets_a_json_400_not_an_empty_414()
    {
        var (status, headers, body) = One(await Send(Get(Encoding.ASCII.GetBytes("/api/search?q=" + new string('a', 20_000)))));
        Assert.Equal("HTTP/1.1 400 Bad Request", status);
        Assert.Contains("X-Content-Type-Options: nosniff", headers);
        Assert.Contains("longer than 8,192 bytes", (string)body["error"]!);
    }

    [Fact]
    public async Task A_malformed_request_line_gets_a_json_400()
    {
        var (status, _, body) = One(await Send("BREW /pot\r\nHost: test\r\nConnection: close\r\n\r\n"u8.ToArray()));
        Assert.Equal("HTTP/1.1 400 Bad Request", status);
        Assert.Contains("not \"METHOD target HTTP/1.x\"", (string)body["error"]!);
    }

    [Fact]
    public async Task Each_request_line_of_a_kept_alive_connection_is_repaired()
    {
        var response = await Send([.. Get(Encoding.UTF8.GetBytes("/api/search?q=政务&size=1"), close: false), .. Get(Encoding.UTF8.GetBytes("/api/search?q=公开&size=1"))]);
        Assert.Equal(2, response.Split("HTTP/1.1 200 OK").Length - 1);
    }

    [Fact]
    public void A_connection_read_a_byte_at_a_time_is_repaired_as_if_read_at_once()
    {
        var connection = Encoding.UTF8.GetBytes("\r\nGET /a?q=营 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n营GET /b?q=营 HTTP/1.1\r\n");
        var whole = new System.Buffers.ArrayBufferWriter<byte>();
        new RequestTargetRepair.Framing().Feed(connection, whole);
        var pieces = new System.Buffers.ArrayBufferWriter<byte>();
        var framing = new RequestTargetRepair.Framing();
        foreach (byte b in connection)
            framing.Feed([b], pieces);
        // The body after Content-Length passes as it is, and so does everything after it.
        Assert.Equal("\r\nGET /a?q=%E8%90%A5 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n营GET /b?q=营 HTTP/1.1\r\n", Encoding.UTF8.GetString(whole.WrittenSpan));
        Assert.Equal(Encoding.UTF8.GetString(whole.WrittenSpan), Encoding.UTF8.GetString(pieces.WrittenSpan));
    }

    [Theory]
    [InlineData("GET /a?q=\u8425 HTTP/1.1\r\n", "GET /a?q=%E8%90%A5 HTTP/1.1\r\n")]
    [InlineData("GET /plain?q=a%20b HTTP/1.1\r\n", "GET /plain?q=a%20b HTTP/1.1\r\n")]
    [InlineData("GET /a%00b HTTP/1.1\r\n", "GET " + RequestTargetRepair.RejectedPath + "/control HTTP/1.1\r\n")]
    [InlineData("GET /a HTTP/2.0\r\n", "GET " + RequestTargetRepair.RejectedPath + "/malformed HTTP/1.1\r\n")]
    [InlineData("get /a HTTP/1.1\r\n", "GET " + RequestTargetRepair.RejectedPath + "/malformed HTTP/1.1\r\n")]
    [InlineData("GET /a?q=%00 HTTP/1.1\r\n", "GET /a?q=%00 HTTP/1.1\r\n")]
    public void Request_lines_are_repaired_byte_for_byte(string line, string repaired) =>
        Assert.Equal(repaired, Encoding.UTF8.GetString(RequestTargetRepair.Repair(Encoding.UTF8.GetBytes(line))));
}
