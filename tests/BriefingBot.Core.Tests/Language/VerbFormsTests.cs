using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class VerbFormsTests
{
    [Theory]
    [InlineData("castigate", "castigate|castigates|castigated|castigating")]
    [InlineData("slam", "slam|slams|slammed|slamming")]
    [InlineData("decry", "decry|decries|decried|decrying")]
    [InlineData("bash", "bash|bashes|bashed|bashing")]
    [InlineData("hail", "hail|hails|hailed|hailing")]
    [InlineData("tear", "tear|tears|tore|torn|tearing")]
    [InlineData("extol", "extol|extols|extolled|extolling")]
    public void Of_GivesEveryFormOfTheVerb(string verb, string forms) =>
        Assert.Equal(forms.Split('|'), VerbForms.Of([verb]));
}
