using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace DisputeCenter.Services.Tests.Performance;

/// <summary>Copies every query EF Core sends (text and parameters) while <see cref="Recording"/> is on.</summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly List<NpgsqlCommand> _commands = [];

    public bool Recording { get; set; }

    public IReadOnlyList<NpgsqlCommand> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (!Recording || command is not NpgsqlCommand npgsql)
        {
            return;
        }

        var copy = new NpgsqlCommand(npgsql.CommandText);
        foreach (NpgsqlParameter parameter in npgsql.Parameters)
        {
            copy.Parameters.Add(parameter.Clone());
        }

        lock (_commands)
        {
            _commands.Add(copy);
        }
    }
}
