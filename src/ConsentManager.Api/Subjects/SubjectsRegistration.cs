namespace ConsentManager.Api.Subjects;

public static class SubjectsRegistration
{
    /// <summary>Data-subject rights: access, erasure with tombstones, restriction.</summary>
    public static IServiceCollection AddSubjectRights(this IServiceCollection services) =>
        services.AddSingleton<RedisSubjectStore>().AddSingleton<SubjectRights>();
}
