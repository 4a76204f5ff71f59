using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ModerationQueueBench;

/// <summary>Remembers the SQL that EF Core sends, with its parameters, so the benchmark can EXPLAIN exactly that.</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    public bool Enabled { get; set; }

    public List<(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Enabled)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        }

        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        if (Enabled)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        }

        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
