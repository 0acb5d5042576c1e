using Microsoft.Extensions.Configuration;

namespace Registry.Tests.Warnings;

/// <summary>Settings that cannot work stop the start with a message naming the key.</summary>
public sealed class WarningSettingsTests
{
    [Theory]
    [InlineData("Registry:Warnings:Digest:PeriodDays", "0", "Registry:Warnings:Digest:PeriodDays")]
    [InlineData("Registry:Warnings:Digest:HorizonDays", "-1", "Registry:Warnings:Digest:HorizonDays")]
    [InlineData("Registry:PublicBaseAddress", "/registret", "Registry:PublicBaseAddress")]
    public void A_bad_value_is_refused_with_its_key(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => WarningSettings.From(configuration));

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Defaults_are_a_weekly_digest_and_the_local_address()
    {
        var settings = WarningSettings.From(new ConfigurationBuilder().Build());

        Assert.True(settings.Digest.Enabled);
        Assert.Equal(7, settings.Digest.PeriodDays);
        Assert.Equal(new Uri("http://localhost:5080/"), settings.PublicBaseAddress);
    }

    [Fact]
    public void A_digest_only_recipient_gets_no_single_warnings_but_a_digest_of_what_it_follows()
    {
        var settings = WarningSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Registry:Warnings:Email:DefaultRecipients:0"] = "registrator@example.se",
            ["Registry:Warnings:Email:RecipientsByBody:SRO:0"] = "sro@example.se",
            ["Registry:Warnings:Email:DigestOnly:0"] = "sro@example.se",
        }).Build());

        Assert.Equal(["registrator@example.se", "ansvarig@example.se"],
            settings.Email.WarningRecipientsFor(["SRO"], ["ansvarig@example.se"]));
        Assert.Equal(["registrator@example.se", "sro@example.se"], settings.Email.DigestRecipients());
        Assert.Equal(["SRO"], settings.Email.BodiesFollowedBy("sro@example.se"));
        Assert.Null(settings.Email.BodiesFollowedBy("registrator@example.se"));
    }
}
