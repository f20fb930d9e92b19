using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO.Pipelines;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Connections;

namespace PolicyParse.Cli.Serve;

/// <summary>
/// Kestrel refuses a request line whose target holds raw non-ASCII bytes ("/api/search?q=营商环境" typed
/// into curl, GBK bytes from an old client) or a NUL, one that is too long or malformed, with a 400 or 414
/// that has no body and none of the service's headers, before the app sees the request. This connection
/// middleware sits in front of Kestrel's HTTP/1.1 parser and repairs each request line: raw bytes of 0x80
/// and above are percent-encoded (the app then reads UTF-8 as UTF-8 and refuses anything else with a
/// reason); a line that cannot be repaired is replaced by one for <see cref="RejectedPath"/>/reason, which
/// the app answers with a JSON 400. Headers pass unchanged; after a request with a body the rest of the
/// connection passes unchanged too (a search API takes none), and so does a TLS connection.
/// </summary>
internal static class RequestTargetRepair
{
    /// <summary>Where a request line that cannot be repaired is sent, with the reason as the last segment; the app answers with a JSON 400.</summary>
    public const string RejectedPath = "/__rejected-request";

    /// <summary>The reasons, as the last path segment under <see cref="RejectedPath"/>, and what the app says for each.</summary>
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>
    {
        ["control"] = "the request target holds a NUL or a control character",
        ["too-long"] = $"the request line is longer than {MaxRequestLine:N0} bytes",
        ["malformed"] = "the request line is not \"METHOD target HTTP/1.x\"",
    };

    /// <summary>Kestrel's own limit on a request line (KestrelServerLimits.MaxRequestLineSize), which a repaired line must keep.</summary>
    private const int MaxRequestLine = 8 * 1024;

    public static async Task Handle(ConnectionContext connection, ConnectionDelegate next)
    {
        var original = connection.Transport;
        var repaired = new Pipe();
        connection.Transport = new DuplexPipe(repaired.Reader, original.Output);
        var pump = Pump(original.Input, repaired.Writer);
        try
        {
            await next(connection);
        }
        finally
        {
            await repaired.Reader.CompleteAsync();
            original.Input.CancelPendingRead(); // the pump may be waiting for bytes that will never come
            connection.Transport = original;
            await pump;
        }
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }

    private static async Task Pump(PipeReader input, PipeWriter output)
    {
        var state = new Framing();
        try
        {
            while (true)
            {
                var read = await input.ReadAsync();
                foreach (var segment in read.Buffer)
                    state.Feed(segment.Span, output);
                input.AdvanceTo(read.Buffer.End);
                var flushed = await output.FlushAsync();
                if (read.IsCompleted || read.IsCanceled || flushed.IsCompleted)
                    break;
            }
            state.Flush(output);
            await output.FlushAsync();
        }
        catch (Exception e) when (e is System.IO.IOException or OperationCanceledException or InvalidOperationException)
        {
            // The connection went away, or Kestrel is done with it; either way its input has ended.
        }
        finally
        {
            await output.CompleteAsync();
        }
    }

    /// <summary>Where the bytes of an HTTP/1.1 connection stand: in a request line, in headers, or past any repair.</summary>
    internal sealed class Framing
    {
        private enum Part { RequestLine, Headers, PassThrough }

        private Part _part = Part.RequestLine;
        private bool _first = true, _tooLong;
        private readonly ArrayBufferWriter<byte> _line = new();
        private bool _headerLineEmpty = true, _hasBody;
        private readonly ArrayBufferWriter<byte> _header = new();

        public void Feed(ReadOnlySpan<byte> bytes, IBufferWriter<byte> output)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                switch (_part)
                {
                    case Part.PassThrough:
                        output.Write(bytes[i..]);
                        return;
                    case Part.RequestLine:
                        if (_first && b == 0x16)
                        {
                            _part = Part.PassThrough; // a TLS handshake: not ours to read
                            i--;
                            continue;
                        }
                        _first = false;
                        if (!_tooLong)
                            _line.Write([b]);
                        if (b == (byte)'\n')
                        {
                            if (_line.WrittenSpan.Trim("\r\n"u8).Length == 0 && !_tooLong)
                            {
                                output.Write(_line.WrittenSpan); // an empty line before a request is allowed
                                _line.Clear();
                                continue;
                            }
                            output.Write(_tooLong ? Rejected("too-long") : Repair(_line.WrittenSpan));
                            _line.Clear();
                            _tooLong = false;
                            _part = Part.Headers;
                            _headerLineEmpty = true;
                            _hasBody = false;
                        }
                        else if (_line.WrittenCount > MaxRequestLine)
                        {
                            _line.Clear(); // the rest of the line is dropped up to its end
                            _tooLong = true;
                        }
                        break;
                    case Part.Headers:
                        output.Write([b]);
                        if (b == (byte)'\n')
                        {
                            if (_headerLineEmpty)
                                _part = _hasBody ? Part.PassThrough : Part.RequestLine; // the end of the headers
                            else
                                _hasBody |= NamesABody(_header.WrittenSpan);
                            _header.Clear();
                            _headerLineEmpty = true;
                        }
                        else if (b != (byte)'\r')
                        {
                            _headerLineEmpty = false;
                            if (_header.WrittenCount < 32)
                                _header.Write([b]);
                        }
                        break;
                }
            }
        }

        /// <summary>A request line cut off by the end of the connection goes out as it came.</summary>
        public void Flush(IBufferWriter<byte> output)
        {
            output.Write(_line.WrittenSpan);
            _line.Clear();
        }

        private static bool NamesABody(ReadOnlySpan<byte> header)
        {
            var text = System.Text.Encoding.ASCII.GetString(header).ToLowerInvariant();
            return text.StartsWith("transfer-encoding:", StringComparison.Ordinal)
                   || (text.StartsWith("content-length:", StringComparison.Ordinal) && text.Substring(15).Trim() != "0");
        }
    }

    /// <summary>
    /// "GET /a?q=营 HTTP/1.1\r\n" → "GET /a?q=%E8%90%A5 HTTP/1.1\r\n"; a line with a NUL or control character,
    /// one that is malformed, or one that the repair makes too long becomes a request for <see cref="RejectedPath"/>.
    /// </summary>
    internal static byte[] Repair(ReadOnlySpan<byte> line)
    {
        int firstSpace = line.IndexOf((byte)' ');
        int lastSpace = line.LastIndexOf((byte)' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace || !IsMethod(line[..firstSpace]) || !line[(lastSpace + 1)..].StartsWith("HTTP/1."u8))
            return Rejected("malformed");
        var target = line[(firstSpace + 1)..lastSpace];
        if (HasControlOrNul(target))
            return Rejected("control");
        var repaired = new ArrayBufferWriter<byte>(line.Length + 16);
        repaired.Write(line[..(firstSpace + 1)]);
        foreach (byte b in target)
            if (b >= 0x80)
                repaired.Write(System.Text.Encoding.ASCII.GetBytes($"%{b:X2}"));
            else
                repaired.Write([b]);
        repaired.Write(line[lastSpace..]);
        return repaired.WrittenCount > MaxRequestLine ? Rejected("too-long") : repaired.WrittenSpan.ToArray();
    }

    private static byte[] Rejected(string reason) => System.Text.Encoding.ASCII.GetBytes($"GET {RejectedPath}/{reason} HTTP/1.1\r\n");

    private static bool IsMethod(ReadOnlySpan<byte> method)
    {
        if (method.Length > 20)
            return false;
        foreach (byte b in method)
            if (b is < (byte)'A' or > (byte)'Z')
                return false;
        return true;
    }

    /// <summary>Control characters anywhere, or an encoded NUL in the path (Kestrel decodes the path and refuses it).</summary>
    private static bool HasControlOrNul(ReadOnlySpan<byte> target)
    {
        foreach (byte b in target)
            if (b < 0x20 || b == 0x7F)
                return true;
        int query = target.IndexOf((byte)'?');
        var path = query < 0 ? target : target[..query];
        for (int i = 0; i + 2 < path.Length; i++)
            if (path[i] == '%' && path[i + 1] == '0' && path[i + 2] == '0')
                return true;
        return false;
    }
}
