using JasperFx.CommandLine;

namespace Registry.Web.Access;

public sealed class AccountInput : NetCoreInput
{
    [Description("lista | skapa | nyckel")]
    public string Action { get; set; } = "lista";

    [Description("Kontots användarnamn")]
    public string Name { get; set; } = "";

    [Description("Roll för 'skapa': admin (skriva) eller reader (läsa); standard reader")]
    [FlagAlias("roll", 'r')]
    public string RoleFlag { get; set; } = Roles.Reader;

    [Description("Lösenord för 'skapa' (minst 12 tecken); utelämnat: ett genereras och visas")]
    [FlagAlias("losenord", 'p')]
    public string? PasswordFlag { get; set; }

    [Description("Etikett för 'nyckel', t.ex. vilken arbetsbok eller vilket skript som använder den")]
    [FlagAlias("etikett", 'e')]
    public string? LabelFlag { get; set; }
}

/// <summary>`dotnet run --project src/Registry.Web -- konto skapa anna --roll admin`: accounts and API keys from the command line.</summary>
[Description("Lista konton, skapa eller ändra ett konto, eller ge ut en API-nyckel", Name = "konto")]
public sealed class AccountCommand : JasperFxAsyncCommand<AccountInput>
{
    public AccountCommand()
    {
        Usage("Lista kontona").Arguments(x => x.Action);
        Usage("Skapa/ändra ett konto eller ge ut en nyckel").Arguments(x => x.Action, x => x.Name);
    }

    public override async Task<bool> Execute(AccountInput input)
    {
        using var host = input.BuildHost();
        var accounts = host.Services.GetRequiredService<AccountService>();
        try
        {
            switch (input.Action)
            {
                case "lista":
                    foreach (var account in await accounts.ListAsync())
                        Console.WriteLine($"{account.Name}\t{account.Role}\tskapat {account.CreatedAt} av {account.CreatedBy}");
                    return true;
                case "skapa":
                    var password = input.PasswordFlag ?? AccountService.GeneratePassword();
                    await accounts.SaveAsync(input.Name, input.RoleFlag, password, "kommandoraden");
                    Console.WriteLine($"Kontot {input.Name} ({input.RoleFlag}) är sparat." +
                                      (input.PasswordFlag is null ? $" Lösenord: {password}" : ""));
                    return true;
                case "nyckel":
                    var key = await accounts.IssueKeyAsync(input.Name, input.LabelFlag);
                    Console.WriteLine($"API-nyckel för {input.Name} (visas bara nu): {key}");
                    Console.WriteLine($"Skicka den som X-Api-Key: {key}, eller som lösenord med HTTP Basic och användare {input.Name}.");
                    return true;
                default:
                    Console.Error.WriteLine($"Okänd åtgärd \"{input.Action}\": använd lista, skapa eller nyckel.");
                    return false;
            }
        }
        catch (RuleViolation rule)
        {
            Console.Error.WriteLine(rule.Message);
            return false;
        }
    }
}
